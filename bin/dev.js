#!/usr/bin/env node
// Development entry: runs the TypeScript sources through tsx, no build needed.
// oclif prefers oclif.manifest.json when it exists, so drop the built one first.
import {rmSync} from 'node:fs'
import {execute} from '@oclif/core'

rmSync(new URL('../oclif.manifest.json', import.meta.url), {force: true})
await execute({development: true, dir: import.meta.url})
