// Being written: see the preview task.
export {};
