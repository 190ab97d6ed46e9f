import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import {
  Button,
  maxLength,
  minValue,
  NumberInput,
  required,
  TextInput,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { FormDialog } from '../common/FormDialog';
import { emptyIfCleared } from '../common/localDate';
import type { CourseModule, Phase } from '../types';

const titleValidators = [required(), maxLength(200)];
const MODULE_FIELDS = ['titleFr', 'titleEn', 'summaryFr', 'summaryEn', 'position'] as const;
const pick = (values: Record<string, unknown>) =>
  Object.fromEntries(MODULE_FIELDS.map((key) => [key, values[key]]));

const ModuleInputs = ({ withPosition }: { withPosition: boolean }) => (
  <>
    <TextInput source="titleFr" validate={titleValidators} />
    <TextInput source="titleEn" validate={titleValidators} />
    <TextInput source="summaryFr" multiline minRows={2} parse={emptyIfCleared} />
    <TextInput source="summaryEn" multiline minRows={2} parse={emptyIfCleared} />
    {withPosition && <NumberInput source="position" min={1} validate={minValue(1)} />}
  </>
);

/** Adds a module at the end of one phase of the course. */
export const AddModuleButton = ({ courseId, phase }: { courseId: string; phase: Phase }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const create = async (values: Record<string, unknown>) => {
    await dataProvider.create('course-modules', { data: { ...pick(values), courseId, phase } });
    return 'apprenance.course_content.module_saved';
  };
  return (
    <>
      <Button label="apprenance.course_content.add_module" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.course_content.add_module_to', {
          phase: translate(`apprenance.phases.${phase}`),
        })}
        resource="course-modules"
        submit={create}
      >
        <ModuleInputs withPosition={false} />
      </FormDialog>
    </>
  );
};

/** Edits a module's titles, summaries and position in its phase, or deletes it. */
export const ModuleActions = ({ module }: { module: CourseModule }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const update = async (values: Record<string, unknown>) => {
    await dataProvider.update('course-modules', {
      id: module.id,
      data: pick(values),
      previousData: module,
    });
    return 'apprenance.course_content.module_saved';
  };
  return (
    <>
      <Button label="ra.action.edit" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      <ActionButton
        label="ra.action.delete"
        icon={<DeleteIcon />}
        action={() => dataProvider.delete('course-modules', { id: module.id })}
        confirm={translate('apprenance.course_content.confirm_delete_module', {
          title: module.titleFr,
        })}
        successMessage="apprenance.course_content.deleted"
      />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.course_content.edit_module')}
        resource="course-modules"
        record={module}
        submit={update}
      >
        <ModuleInputs withPosition />
      </FormDialog>
    </>
  );
};
