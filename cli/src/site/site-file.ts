/** A file of the written site: its path inside the site and its text. */
export interface SiteFile {
  path: string;
  content: string;
}
