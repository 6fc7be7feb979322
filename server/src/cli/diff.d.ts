// The one function of the `diff` package (jsdiff) the CLI uses; the package ships no types in v7.
declare module 'diff' {
  export function createTwoFilesPatch(oldName: string, newName: string, oldText: string, newText: string, oldHeader?: string, newHeader?: string, options?: { context?: number }): string;
}
