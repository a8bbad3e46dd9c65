type Out = (line: string) => void;
export async function runPointInTimeRestore(_at: string, _to: string | undefined, _out: Out, _err: Out): Promise<void> {
  throw new Error('not yet');
}
