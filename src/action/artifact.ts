/**
 * Uploads the report files as a workflow artifact. Outside a runner (no runtime token) it is skipped with a notice,
 * and an upload error is a warning: the reports are already written, so the step never crashes over it.
 */
import * as core from '@actions/core';

export async function uploadReportArtifact(name: string, files: string[], rootDirectory: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    core.notice(
      'Artifact upload skipped: not running on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN). ' +
        'The reports are in the output directory.',
    );
    return;
  }
  try {
    // Loaded only when needed: the artifact client is the largest part of the bundle.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id, size } = await client.uploadArtifact(name, files, rootDirectory);
    core.info(`Uploaded artifact "${name}" (id ${id}, ${size} bytes).`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    core.warning(`Artifact upload failed: ${reason}. The reports are in the output directory.`);
  }
}
