/** The tool's name and version as reports show them; a test keeps the version equal to package.json's. */
export const TOOL = { name: 'sep-2207-action', version: '0.1.0' } as const;
