// Verifica: every problem the readers find, grouped by objective; choosing one selects its cell in Excel. PERF cells
// Excel has not computed come first, with the action that enters them again.
import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ShieldTaskRegular } from '@fluentui/react-icons';
import { msg, renderMessage } from '../../../core/messages';
import type { UnevaluatedPerf } from '../../../excel';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import type { WorkbookProblem } from '../../services/types';
import { OperationFeedback } from '../../components/OperationFeedback';
import { useOperation } from '../../components/use-operation';
import { groupProblems, type ProblemGroup } from './problem-groups';
import { PerfRecalcBar } from './PerfRecalcBar';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  problem: { display: 'block', textAlign: 'start', overflowWrap: 'anywhere' },
  address: { fontWeight: tokens.fontWeightSemibold },
});

export function CheckScreen(): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const checking = useOperation();
  const selecting = useOperation();
  const recalculating = useOperation();
  const [groups, setGroups] = React.useState<ProblemGroup[] | null>(null);
  const [perf, setPerf] = React.useState<UnevaluatedPerf | null>(null);
  const [reentered, setReentered] = React.useState<number | null>(null);
  const [selected, setSelected] = React.useState<string | null>(null);

  const check = (): void => {
    setSelected(null);
    void checking
      .run(async () => {
        const [problems, objectives, unevaluated] = await Promise.all([services.checkWorkbook(), services.listObjectives(), services.findUnevaluatedPerf()]);
        return { groups: groupProblems(problems, objectives), unevaluated };
      })
      .then((found) => {
        if (!found) return;
        setGroups(found.groups);
        setPerf(found.unevaluated);
      });
  };
  const run = (): void => {
    setReentered(null);
    check();
  };
  const recalculate = (): void => {
    void recalculating.run(() => services.recalculatePerf()).then((done) => {
      if (!done) return;
      setReentered(done.reentered);
      check(); // the problems the #NOME? cells caused go with them
    });
  };
  const select = (problem: WorkbookProblem): void => {
    setSelected(null);
    void selecting
      .run(async () => {
        await services.selectCell(problem.sheet, problem.address);
        return true;
      })
      .then((done) => done && setSelected(strings.check.selected(problem.sheet, problem.address)));
  };

  const total = groups?.reduce((sum, group) => sum + group.problems.length, 0) ?? 0;
  const objectiveCount = groups?.filter((group) => group.objective !== null).length ?? 0;
  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{strings.check.heading}</Subtitle2>
      <Text size={200}>{strings.check.intro}</Text>
      <div>
        <Button appearance="primary" icon={<ShieldTaskRegular />} disabled={checking.running} onClick={run}>
          {strings.check.run}
        </Button>
      </div>
      <OperationFeedback operation={checking} />
      <OperationFeedback operation={selecting} />
      <OperationFeedback operation={recalculating} />
      {perf !== null && perf.cells > 0 && <PerfRecalcBar found={perf} running={recalculating.running || checking.running} onRecalculate={recalculate} />}
      {reentered !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{renderMessage(msg('perfRecalc.done', { reentered }), strings.language)}</MessageBarBody>
        </MessageBar>
      )}
      {selected && (
        <MessageBar intent="info">
          <MessageBarBody>{selected}</MessageBarBody>
        </MessageBar>
      )}
      {groups !== null && total === 0 && (
        <MessageBar intent="success" icon={<CheckmarkCircleRegular />}>
          <MessageBarBody>{strings.check.none}</MessageBarBody>
        </MessageBar>
      )}
      {groups !== null && total > 0 && <Text weight="semibold">{strings.check.count(total, objectiveCount)}</Text>}
      {groups?.map((group) => (
        <section key={String(group.objective)} className={styles.group} aria-label={groupTitle(group)}>
          <h3 className={styles.groupTitle}>{groupTitle(group)}</h3>
          <ul className={styles.list}>
            {group.problems.map((problem, index) => {
              const message = renderMessage(problem.message, strings.language);
              return (
                <li key={`${problem.sheet}!${problem.address}#${index}`}>
                  <Link
                    as="button"
                    className={styles.problem}
                    onClick={() => select(problem)}
                    disabled={selecting.running}
                    aria-label={strings.check.problemLabel(problem.sheet, problem.address, message)}
                  >
                    <span className={styles.address}>{problem.address}</span>: {message}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );

  function groupTitle(group: ProblemGroup): string {
    return group.objective === null ? strings.check.otherGroup : strings.check.objectiveGroup(group.objective, group.title ?? '');
  }
}
