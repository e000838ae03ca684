/** WebCrypto's key type, as seen by whichever lib (DOM or Node) compiles this file. */
export type AesKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>
