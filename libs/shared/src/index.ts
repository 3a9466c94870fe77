export * from './enums';
export * from './inn';
export * from './limits';
export * from './network';
export * from './association';
export * from './mentoring';
export * from './diagnostics';
export * from './route';
