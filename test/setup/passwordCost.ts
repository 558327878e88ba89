/**
 * Runs before every test file: passwords hashed in-process cost 1/16 of production's scrypt
 * (1 MiB instead of 16), since the suite hashes thousands of them (each test app's administrator,
 * each `tokenFor`). Production's cost is checked in src/modules/accounts/secrets.test.ts, which
 * restores it; Plenum in a child process (dist/) never runs this and hashes at production cost.
 */
import { setPasswordCost } from '../../src/modules/accounts/secrets.js';

setPasswordCost({ N: 1024, r: 8, p: 1 });
