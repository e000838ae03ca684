import { builtAppPaths, startApp } from './app'

startApp(builtAppPaths(import.meta.dirname))
