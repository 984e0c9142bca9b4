export * from './common.js';
export * from './auth.js';
export * from './campaigns.js';
export * from './recommendations.js';
export * from './targets.js';
