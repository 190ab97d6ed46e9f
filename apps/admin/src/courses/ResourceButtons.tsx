import AddLinkIcon from '@mui/icons-material/AddLink';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Stack } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  FileField,
  FileInput,
  FormDataConsumer,
  maxLength,
  RadioButtonGroupInput,
  required,
  TextInput,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { FormDialog } from '../common/FormDialog';
import { emptyIfCleared } from '../common/localDate';
import { courseApi } from '../providers/courseApi';
import type { CourseModule, CourseResource } from '../types';
import { newResourceInput, uploadForm } from './resourcePayload';

const kindChoices = ['link', 'text'].map((id) => ({ id, name: `apprenance.resource_kinds.${id}` }));
const titleValidators = [required(), maxLength(200)];
const newResource = { kind: 'link', language: 'fr' };
const EDITABLE = ['title', 'description', 'language', 'licence', 'url', 'body'] as const;

/** The fields every resource has; the licence defaults to the course's when left empty. */
const CommonInputs = () => (
  <>
    <TextInput source="title" validate={titleValidators} />
    <TextInput
      source="language"
      validate={required()}
      helperText="apprenance.course_content.language_help"
    />
    <TextInput
      source="licence"
      helperText="apprenance.course_content.licence_help"
      parse={emptyIfCleared}
    />
    <TextInput source="description" multiline minRows={2} parse={emptyIfCleared} />
  </>
);

/** The url of a link or the Markdown body of a text. */
const ContentInput = ({ kind }: { kind: unknown }) =>
  kind === 'text' ? (
    <TextInput source="body" multiline minRows={4} validate={required()} />
  ) : (
    <TextInput source="url" type="url" validate={required()} />
  );

/** Adds a link or a text resource to a module. */
export const AddResourceButton = ({ module }: { module: CourseModule }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const create = async (values: Record<string, unknown>) => {
    await dataProvider.create('course-resources', { data: newResourceInput(values, module.id) });
    return 'apprenance.course_content.resource_saved';
  };
  return (
    <>
      <Button label="apprenance.course_content.add_resource" onClick={() => setOpen(true)}>
        <AddLinkIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.course_content.add_resource')}
        resource="course-resources"
        record={newResource}
        submit={create}
      >
        <RadioButtonGroupInput source="kind" choices={kindChoices} />
        <CommonInputs />
        <FormDataConsumer>
          {({ formData }) => <ContentInput kind={formData.kind} />}
        </FormDataConsumer>
      </FormDialog>
    </>
  );
};

/**
 * Uploads a file resource; the api sniffs its type and refuses an unaccepted format (415) or a
 * file too large (413), naming the `file` field, which shows under the file input.
 */
export const UploadResourceButton = ({ module }: { module: CourseModule }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const upload = async (values: Record<string, unknown>) => {
    const { rawFile } = values.file as { rawFile: File };
    await courseApi.upload(uploadForm(values, module.id, rawFile));
    return 'apprenance.course_content.resource_saved';
  };
  return (
    <>
      <Button label="apprenance.course_content.upload" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.course_content.upload')}
        resource="course-resources"
        record={{ language: 'fr' }}
        submit={upload}
      >
        <FileInput source="file" validate={required()}>
          <FileField source="src" title="title" />
        </FileInput>
        <CommonInputs />
      </FormDialog>
    </>
  );
};

interface ResourceActionsProps {
  resource: CourseResource;
  /** Whether it is the first or last of its module, which cannot move further. */
  first: boolean;
  last: boolean;
}

/** Edit, move up or down within the module, and delete. */
export const ResourceActions = ({ resource, first, last }: ResourceActionsProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const update = async (values: Record<string, unknown>) => {
    const data = Object.fromEntries(EDITABLE.map((key) => [key, values[key]]));
    await dataProvider.update('course-resources', {
      id: resource.id,
      data,
      previousData: resource,
    });
    return 'apprenance.course_content.resource_saved';
  };
  const move = (step: number) => () =>
    courseApi.moveResource(resource.id, resource.position + step);
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
      <Button label="ra.action.edit" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      {!first && (
        <ActionButton
          label="apprenance.course_content.move_up"
          icon={<ArrowUpwardIcon />}
          action={move(-1)}
        />
      )}
      {!last && (
        <ActionButton
          label="apprenance.course_content.move_down"
          icon={<ArrowDownwardIcon />}
          action={move(1)}
        />
      )}
      <ActionButton
        label="ra.action.delete"
        icon={<DeleteIcon />}
        action={() => dataProvider.delete('course-resources', { id: resource.id })}
        confirm={translate('apprenance.course_content.confirm_delete_resource', {
          title: resource.title,
        })}
        successMessage="apprenance.course_content.deleted"
      />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.course_content.edit_resource')}
        resource="course-resources"
        record={resource}
        submit={update}
      >
        <CommonInputs />
        {resource.kind !== 'file' && <ContentInput kind={resource.kind} />}
      </FormDialog>
    </Stack>
  );
};
