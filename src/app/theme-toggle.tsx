import { useTheme } from './theme.ts';

/** "Dark theme", on or off; overrides the system setting once the reader chooses. */
export function ThemeToggle() {
  const [theme, choose] = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={() => choose(dark ? 'light' : 'dark')}
    >
      <span aria-hidden="true" className="theme-toggle__icon">
        {dark ? '☾' : '☀'}
      </span>
      Dark theme
    </button>
  );
}
