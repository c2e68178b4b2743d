declare module 'virtual:hindsight/config' {
  const config: import('./site-config.ts').SiteConfig & {
    /** YYYY-MM-DD the build is "as of", for overdue action items. */
    buildDate: string;
    /** True under `npm run dev`, where drafts are shown. */
    isDev: boolean;
  };
  export default config;
}
