// Programs the framework hosts cycle through (keys of demo/data/sample-feed.json).
export const FEED = '/data/sample-feed.json';
export const PROGRAMS = ['E001', 'S010', 'E030', 'E040'];
export const next = (key) => PROGRAMS[(PROGRAMS.indexOf(key) + 1) % PROGRAMS.length];
