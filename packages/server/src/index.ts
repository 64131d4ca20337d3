export { readConfig, type Config } from './config.ts';
export { startServer, openConfiguredDatabase, type RunningServer } from './server.ts';
export { openDatabase, openPglite, openPostgres, type Database } from './db/database.ts';
export { migrate, readMigrations } from './db/migrate.ts';
export { buildApp, type TandemApp } from './http/app.ts';
export { seedDemoPractice, demoLogins, DEMO_PASSWORD } from './features/demo/seed.ts';
export { BackupError, type BackupHeader, type BackupProblem } from './db/backup-file.ts';
export { restoreBackup, writeBackup, type BackupProgress } from './db/backup.ts';
