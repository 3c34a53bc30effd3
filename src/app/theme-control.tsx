import type { ChangeEvent } from 'react';
import { useThemeChoice, type ThemeChoice } from './theme.ts';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** "Theme: System / Light / Dark": says what it does, and that "System" follows the device. */
export function ThemeControl() {
  const [choice, choose] = useThemeChoice();
  return (
    <label className="theme-control">
      <span className="theme-control__label">Theme</span>
      <select
        value={choice}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => choose(event.target.value as ThemeChoice)}
      >
        {CHOICES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
