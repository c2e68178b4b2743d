/** Where the trackers are and how to sign in, from the environment. */
import { GITHUB_API } from './github.ts';

export interface TrackerConfig {
  github: { apiBase: string; token?: string };
  /** Present when HINDSIGHT_JIRA_URL names a Jira site. */
  jira?: { siteUrl: string; apiBase: string; token?: string; email?: string };
}

const isHttpUrl = (text: string) => /^https?:\/\//i.test(text) && URL.canParse(text);

/** Throws, naming the variable, when a URL setting is not an http(s) URL. */
export function resolveTrackerConfig(env: Record<string, string | undefined> = process.env): TrackerConfig {
  const read = (name: string) => env[name]?.trim() || undefined;
  const url = (name: string) => {
    const value = read(name);
    if (value !== undefined && !isHttpUrl(value)) throw new Error(`${name} must be an http(s) URL, not "${value}"`);
    return value?.replace(/\/+$/, '');
  };
  const github = { apiBase: url('HINDSIGHT_GITHUB_API') ?? GITHUB_API, token: read('GITHUB_TOKEN') };
  const siteUrl = url('HINDSIGHT_JIRA_URL');
  if (!siteUrl) return { github };
  return {
    github,
    jira: {
      siteUrl,
      apiBase: url('HINDSIGHT_JIRA_API') ?? siteUrl,
      token: read('JIRA_TOKEN'),
      email: read('JIRA_EMAIL'),
    },
  };
}
