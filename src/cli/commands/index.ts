import type { Command } from '../command.js';
import { serve } from './serve.js';
import { init } from './init.js';
import { demo } from './demo.js';
import { importRosterCommand } from './importRoster.js';
import { exportRosterCommand } from './exportRoster.js';
import { exportAknCommand, exportPopoloCommand } from './exportOpenData.js';
import { auditVerify } from './auditVerify.js';
import { backup } from './backup.js';
import { quorum } from './quorum.js';
import { recountCommand } from './recount.js';
import { tallyCommand } from './tally.js';
import { namesSort } from './namesSort.js';
import { seatingRostrumCommand } from './seatingRostrum.js';
import { documentCommand } from './document.js';

/** Every `plenum` subcommand, in the order `plenum --help` lists them. */
export const COMMANDS: Command[] = [
  serve,
  init,
  demo,
  importRosterCommand,
  exportRosterCommand,
  exportPopoloCommand,
  exportAknCommand,
  auditVerify,
  backup,
  quorum,
  tallyCommand,
  recountCommand,
  namesSort,
  seatingRostrumCommand,
  documentCommand,
];
