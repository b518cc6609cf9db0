/** See host-files.js. */
export interface HeaderRule {
  pattern: string;
  line: number;
  headers: Array<[string, string]>;
}
export type ApacheNode =
  | { kind: 'directive'; name: string; args: string[]; line: number }
  | { kind: 'section'; name: string; args: string[]; line: number; children: ApacheNode[] };
export declare function parseHeadersFile(text: string): HeaderRule[];
export declare function matchesPattern(pattern: string, path: string): boolean;
export declare function headerValuesAt(rules: HeaderRule[], path: string): Map<string, string[]>;
export declare function headersAt(rules: HeaderRule[], path: string): Record<string, string>;
export declare function parseApacheConfig(text: string, file?: string): ApacheNode[];
export declare function apacheResponse(
  configs: string[],
  fileName: string,
  options?: { modules?: string[] }
): { headers: Record<string, string>; contentType: string | undefined };
