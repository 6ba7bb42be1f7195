/**
 * The statements as a file to download: a JSON array, 2-space indented, as an LRS's POST
 * /statements takes it, so a tutor can send it to any LRS by hand.
 */
import { exportFileName } from '../file-name';
import type { ExportFile } from '../log-json';
import { xapiStatements, type XapiInput } from './session-statements';

export async function xapiFile(input: XapiInput): Promise<ExportFile> {
  const statements = await xapiStatements(input);
  return {
    fileName: exportFileName(input.trace.log.header, 'json', 'xapi'),
    text: `${JSON.stringify(statements, null, 2)}\n`,
  };
}
