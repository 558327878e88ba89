import type { Command } from '../command.js';
import { serve } from './serve.js';
import { init } from './init.js';
import { auditVerify } from './auditVerify.js';
import { backup } from './backup.js';
import { importRosterCommand } from './importRoster.js';
import { exportRosterCommand } from './exportRoster.js';

/** Every `plenum` subcommand, in the order `plenum --help` lists them. */
export const COMMANDS: Command[] = [serve, init, auditVerify, backup, importRosterCommand, exportRosterCommand];
