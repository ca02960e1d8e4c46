/**
 * Why a record was refused, for the import box and the replay page: a heading for the kind of
 * problem, src/record's sentence as it is (it names the versions, the path, the scenario or the
 * diverging action and what differs there), and for a tampered record that action's place.
 */
import { SEAT_NAMES } from '../../game/index.js';
import { problemTitle, type RecordProblem } from './loadRecord.js';

export function RecordProblemView({ problem }: { problem: RecordProblem }) {
  const divergence = problem.stage === 'verify' ? problem.divergence : null;
  return (
    <div className="record-problem" role="alert" data-testid="record-problem">
      <p className="record-problem__title">
        <strong>{problemTitle(problem)}</strong>
      </p>
      <p data-testid="record-problem-message">{problem.message}</p>
      {divergence ? (
        <dl className="record-problem__divergence" data-testid="record-divergence">
          <dt>First diverging action</dt>
          <dd>
            {divergence.index} ({divergence.year}, {divergence.phase}, {SEAT_NAMES[divergence.seat]} {divergence.move})
          </dd>
        </dl>
      ) : null}
      {problem.stage === 'parse' && problem.path ? <p className="hint">Where: {problem.path}</p> : null}
    </div>
  );
}
