declare module "next/dist/compiled/react-server-dom-webpack/client.node.js" {
  /** React's encoder for server action arguments (what the browser sends). */
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
