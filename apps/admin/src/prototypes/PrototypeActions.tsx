import SendIcon from '@mui/icons-material/Send';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button as MuiButton } from '@mui/material';
import { type ChangeEvent, useState } from 'react';
import {
  EditButton,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { isEditable, workflowActor } from '../../../../libs/domain/src/prototype-workflow';
import { TRAINER_TARGETS } from '../../../../libs/db/src/entities/prototype-enums';
import { ActionButton, errorMessage } from '../common/ActionButton';
import { FormDialog } from '../common/FormDialog';
import { useIsStaff } from '../common/useRole';
import { prototypeApi } from '../providers/prototypeApi';
import type { Prototype, TrainerTarget } from '../types';

/** A member edits, attaches and submits the draft; a trainer moves it on with a comment. */
export const PrototypeActions = () => {
  const prototype = useRecordContext<Prototype>();
  const isStaff = useIsStaff();
  if (!prototype) return null;
  return (
    <TopToolbar>
      {isStaff
        ? TRAINER_TARGETS.filter((to) => workflowActor(prototype.status, to) === 'trainer').map(
            (to) => <TransitionButton key={to} prototype={prototype} to={to} />,
          )
        : isEditable(prototype.status) && (
            <>
              <EditButton />
              <AttachButton prototype={prototype} />
              <ActionButton
                label="apprenance.prototypes.submit"
                icon={<SendIcon />}
                variant="contained"
                action={() => prototypeApi.submit(prototype.id)}
                confirm="apprenance.prototypes.confirm_submit"
                successMessage="apprenance.prototypes.submitted"
              />
            </>
          )}
    </TopToolbar>
  );
};

const TransitionButton = ({ prototype, to }: { prototype: Prototype; to: TrainerTarget }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const label = translate(`apprenance.prototypes.to_status.${to}`);
  return (
    <>
      <MuiButton size="small" variant="outlined" onClick={() => setOpen(true)}>
        {label}
      </MuiButton>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={label}
        resource="prototypes"
        submit={async (values) => {
          await prototypeApi.transition(prototype.id, to, String(values.comment ?? ''));
          return translate('apprenance.prototypes.moved', {
            status: translate(`apprenance.prototype_statuses.${to}`),
          });
        }}
      >
        <TextInput source="comment" multiline minRows={3} fullWidth validate={required()} />
      </FormDialog>
    </>
  );
};

/** Slides, a PDF or an image: the api sniffs the content and names a lying type. */
const AttachButton = ({ prototype }: { prototype: Prototype }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      await prototypeApi.attach(prototype.id, file);
      notify('apprenance.prototypes.attached', {
        type: 'success',
        messageArgs: { name: file.name },
      });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  const translate = useTranslate();
  return (
    <MuiButton size="small" component="label" startIcon={<UploadFileIcon />}>
      {translate('apprenance.prototypes.attach')}
      <input
        hidden
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.odp,.pptx"
        onChange={upload}
        data-testid="attach-file"
      />
    </MuiButton>
  );
};
