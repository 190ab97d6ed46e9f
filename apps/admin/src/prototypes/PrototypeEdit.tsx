import { Typography } from '@mui/material';
import {
  ArrayInput,
  Edit,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { lifeStageChoices } from '../choices';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { CANVAS_CONDITIONS } from '../types';

const Step = ({ title, help }: { title: string; help: string }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate(title)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(help)}
      </Typography>
    </>
  );
};

const text = { fullWidth: true, multiline: true, minRows: 2 } as const;

/**
 * The draft as a guided form, in the order of the collaboration canvas (seed 004): the
 * territory's problem, the civic-techs and their adaptation, the life stage and the seven
 * conditions, then risks and first steps. Saving keeps the draft; submitting is on the page.
 */
export const PrototypeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <Step
        title="apprenance.prototypes.steps.problem"
        help="apprenance.prototypes.steps.problem_help"
      />
      <TextInput source="title" fullWidth />
      <TextInput source="problem" {...text} />
      <TextInput source="targetPublic" {...text} />
      <Step
        title="apprenance.prototypes.steps.tools"
        help="apprenance.prototypes.steps.tools_help"
      />
      <ArrayInput source="civicTechs">
        <SimpleFormIterator inline disableReordering>
          <ReferenceInput
            source="civicTechId"
            reference="civic-techs"
            sort={{ field: 'name', order: 'ASC' }}
          >
            <SelectInput optionText="name" />
          </ReferenceInput>
          <TextInput source="adaptation" {...text} />
        </SimpleFormIterator>
      </ArrayInput>
      <Step
        title="apprenance.prototypes.steps.canvas"
        help="apprenance.prototypes.steps.canvas_help"
      />
      <RadioButtonGroupInput source="lifeStage" choices={lifeStageChoices} />
      {CANVAS_CONDITIONS.map((condition) => (
        <TextInput key={condition} source={`conditions.${condition}`} {...text} />
      ))}
      <Step title="apprenance.prototypes.steps.next" help="apprenance.prototypes.steps.next_help" />
      <TextInput source="risks" {...text} />
      <TextInput source="firstSteps" {...text} />
    </SimpleForm>
  </Edit>
);
