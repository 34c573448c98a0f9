// Being written: see the core task.
process.exitCode = 0;
