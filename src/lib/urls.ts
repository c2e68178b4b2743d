/** Links that respect the base path (the archive may live under /postmortems/ on a shared host). */

/** `withBase('/postmortems/', 'postmortems/x/')` -> `/postmortems/postmortems/x/`. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The page of a postmortem, relative to the base. */
export function postmortemPath(id: string): string {
  return `postmortems/${id}/`;
}

/** "Edit this postmortem" on GitHub, GitLab or Gitea-style hosts. */
export function editUrl(repositoryUrl: string, branch: string, filePath: string): string {
  const repository = repositoryUrl.replace(/\/+$/, '').replace(/\.git$/, '');
  const editSegment = /gitlab/i.test(repository) ? '-/edit' : 'edit';
  return `${repository}/${editSegment}/${branch}/${filePath.replace(/^\/+/, '')}`;
}
