/**
 * Site-wide settings in one place: the site's name and where its source lives.
 */

/** Settings every page reads. */
export interface SiteConfig {
  /** Site name, shown in the header and in `<title>`. */
  name: string;
  /** One-line description for the home page and feeds. */
  description: string;
  /** Repository web URL without trailing slash (GitHub style: `/blob/` and `/edit/` paths). */
  repoUrl: string;
  /** Branch the edit and source links point at. */
  branch: string;
}

/**
 * Build the configuration from the environment: `REPO_URL` and `REPO_BRANCH` point the
 * "编辑此页" and source links at a fork; in GitHub Actions the repository being built is the
 * default, elsewhere the project's home repository.
 */
export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const actionsRepo = env.GITHUB_REPOSITORY && `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  return {
    name: '卫健年报',
    description: '中国地方卫生健康部门年度工作报告：全文阅读、城市对比与检索',
    repoUrl: (env.REPO_URL || actionsRepo || 'https://github.com/health-reports/health-reports').replace(/\/+$/, ''),
    branch: env.REPO_BRANCH || 'main',
  };
}

/** Web page showing a repository file, e.g. `seeds/000_….txt`. */
export function repoFileUrl(config: SiteConfig, file: string): string {
  return `${config.repoUrl}/blob/${config.branch}/${file}`;
}

/** Web page that opens a repository file in the editor. */
export function repoEditUrl(config: SiteConfig, file: string): string {
  return `${config.repoUrl}/edit/${config.branch}/${file}`;
}

/** Web page that opens a new issue about a page, its title prefilled. */
export function repoIssueUrl(config: SiteConfig, title: string): string {
  return `${config.repoUrl}/issues/new?title=${encodeURIComponent(title)}`;
}

/** Web page that creates a repository file (for a correction file that does not exist yet). */
export function repoNewFileUrl(config: SiteConfig, file: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const name = file.slice(file.lastIndexOf('/') + 1);
  return `${config.repoUrl}/new/${config.branch}/${dir}?filename=${encodeURIComponent(name)}`;
}

/** An internal link under the site's base path: `withBase('/sub/', 'reports/x/')` → `/sub/reports/x/`. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\/+/, '')}`;
}
