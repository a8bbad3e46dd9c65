type Out = (line: string) => void;
export async function runExport(_args: string[], _url: string, _out: Out, _err: Out): Promise<void> {
  throw new Error('not yet');
}
export async function runImport(_args: string[], _url: string, _out: Out, _err: Out): Promise<void> {
  throw new Error('not yet');
}
