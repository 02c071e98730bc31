// TextDecoder is in every runtime the core runs in (browsers, workers, Node) but in no ES lib,
// and the core is typechecked without DOM or Node types. This declares the part it uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
