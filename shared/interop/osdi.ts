/** OSDI people import and export: see osdi-read.ts, osdi-rhizome.ts and osdi-write.ts. */
export { readOsdi } from './osdi-read'
export { RHIZOME_KEYS, toOsdi } from './osdi-write'
