/** The rules of Compute Race: pure, no React, no Node APIs, no clocks, no Math.random. */
export { ComputeRace, GAME_NAME } from './game.js';
export * from './seats.js';
export * from './types.js';
export * from './rejection.js';
export { SCENARIOS, SCENARIO_IDS, DEFAULT_SCENARIO, isScenarioId, type Scenario, type ScenarioId, type Locks } from './scenarios.js';
export { EVENTS, EVENT_IDS, type EventCard, type EventId } from './events.js';
export { ARGUMENTS, ARGUMENT_IDS, type Argument, type ArgumentId } from './arguments.js';
export { explainRejection, MOVE_NAMES, type MoveName } from './moves.js';
export { checkPolicy, CHECK_ORDER, policyCapitalCost, tighteningSteps, tighteningPrice, chinaSpend, nvidiaSpend } from './orders.js';
export { DEFAULT_ORDER, defaultPolicy } from './defaults.js';
export { playerView } from './view.js';
export { parseSetup, initialState, SetupDataSchema, MIN_ROUNDS, MAX_ROUNDS, type Setup } from './setup.js';
export { stocks } from './model.js';
export { crisisBlame } from './scoring.js';
export { parsFor, PAR_TABLE } from './pars.js';
export { LIMITS, RULES_VERSION, TIER_PRICE } from './params.js';
export { enumerate } from './enumerate.js';
