import { ArrayInput, NumberInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { phaseChoices } from '../choices';

/** The three phases, fixed and in order: only their objectives and budgets change. */
export const PhaseInputs = () => (
  <ArrayInput source="phases">
    <SimpleFormIterator disableAdd disableRemove disableReordering disableClear inline>
      <SelectInput
        source="phase"
        label="apprenance.courses.phase_fields.phase"
        choices={phaseChoices}
        readOnly
      />
      <NumberInput
        source="hoursBudget"
        label="apprenance.courses.phase_fields.hoursBudget"
        min={0}
        step={0.5}
      />
      <NumberInput
        source="daysBudget"
        label="apprenance.courses.phase_fields.daysBudget"
        min={0}
        step={0.5}
      />
      <TextInput
        source="objectivesFr"
        label="apprenance.courses.phase_fields.objectivesFr"
        multiline
        minRows={2}
        sx={{ minWidth: 320 }}
      />
      <TextInput
        source="objectivesEn"
        label="apprenance.courses.phase_fields.objectivesEn"
        multiline
        minRows={2}
        sx={{ minWidth: 320 }}
      />
    </SimpleFormIterator>
  </ArrayInput>
);
