// Text files bundled whole by webpack (asset/source): the module's default export is the text.
declare module "*.txt" {
  const text: string;
  export default text;
}
