import type { paths } from '@tandem/contract';

/**
 * The API's downloads, opened as links so that the browser saves the file (or shows the report)
 * itself with the session cookie. Typed against the API document: a renamed route fails the build.
 */
export const MY_DATA_PATH = '/api/v1/me/export' satisfies keyof paths;
export const MY_REPORT_PATH = '/api/v1/me/report' satisfies keyof paths;
export const PRACTICE_EXPORT_PATH = '/api/v1/practice/export' satisfies keyof paths;

const ENGAGEMENT_EXPORT_PATH = '/api/v1/engagements/{id}/export' satisfies keyof paths;

export function engagementExportPath(engagementId: string): string {
  return ENGAGEMENT_EXPORT_PATH.replace('{id}', encodeURIComponent(engagementId));
}
