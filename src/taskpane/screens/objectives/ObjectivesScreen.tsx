// Obiettivi: the workbook's objectives, and the form to create one or edit its header.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { Objective } from '../../../core/model';
import type { Dictionary } from '../../i18n/dictionary';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import type { ObjectiveListItem } from '../../services/types';
import { OperationFeedback } from '../../components/OperationFeedback';
import { useOperation } from '../../components/use-operation';
import { ObjectiveForm } from './ObjectiveForm';
import { ObjectiveList } from './ObjectiveList';
import { draftFromObjective, emptyObjectiveDraft, type ObjectiveDraft } from './objective-draft';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ObjectivesScreenProps {
  /** Changes whenever another screen wrote objectives, so the list is read again. */
  workbookVersion: number;
  onWorkbookChanged(): void;
}

export function ObjectivesScreen(props: ObjectivesScreenProps): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const listing = useOperation();
  const writing = useOperation();
  const [items, setItems] = React.useState<ObjectiveListItem[] | null>(null);
  const [draft, setDraft] = React.useState<ObjectiveDraft | null>(null);
  // Kept as words to say, not said: a notice follows the pane into the other language.
  const [notice, setNotice] = React.useState<((strings: Dictionary) => string) | null>(null);

  const refresh = React.useCallback(() => {
    void listing.run(() => services.listObjectives()).then((found) => found && setItems(found));
  }, [services]);
  React.useEffect(refresh, [refresh, props.workbookVersion]);

  const taken = (items ?? []).map((item) => item.number);
  const nextNumber = taken.length === 0 ? 1 : Math.max(...taken) + 1;

  const open = (item: ObjectiveListItem): void => {
    setNotice(null);
    void listing
      .run(async () => {
        await services.activateSheet(item.sheet);
        return true;
      })
      .then((done) => done && setNotice(() => (words: Dictionary) => words.objectives.sheetActivated(item.sheet)));
  };
  const edit = (item: ObjectiveListItem): void => {
    setNotice(null);
    void listing.run(() => services.readObjective(item.number)).then((objective) => objective && setDraft(draftFromObjective(objective, strings.locale)));
  };
  const submit = (objective: Objective): void => {
    const editing = draft?.source !== undefined;
    void writing.run((progress) => services.buildObjectives([objective], { onProgress: progress })).then((outcome) => {
      if (!outcome) return;
      const sheet = outcome.sheets[0] ?? '';
      setDraft(null);
      setNotice(() => (words: Dictionary) => (editing ? words.form.saved(sheet) : words.form.created(sheet)));
      props.onWorkbookChanged();
    });
  };

  if (draft) {
    return (
      <div className={styles.screen}>
        <ObjectiveForm initial={draft} taken={taken} operation={writing} onSubmit={submit} onCancel={() => setDraft(null)} />
      </div>
    );
  }
  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{strings.objectives.heading}</Subtitle2>
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} disabled={listing.running} onClick={() => setDraft(emptyObjectiveDraft(nextNumber))}>
          {strings.objectives.newObjective}
        </Button>
        <Button icon={<ArrowClockwiseRegular />} disabled={listing.running} onClick={refresh}>
          {strings.objectives.refresh}
        </Button>
      </div>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice(strings)}</MessageBarBody>
        </MessageBar>
      )}
      <OperationFeedback operation={listing} workingLabel={strings.objectives.loading} />
      {items === null ? null : items.length === 0 ? (
        <Text>{strings.objectives.empty}</Text>
      ) : (
        <ObjectiveList items={items} disabled={listing.running} onOpen={open} onEdit={edit} />
      )}
    </div>
  );
}
