/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the dataset is fetched from; default data/factsheet.json under the base URL. */
  readonly VITE_DATA_URL?: string;
}
