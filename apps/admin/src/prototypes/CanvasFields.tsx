import { Link, Stack, Typography } from '@mui/material';
import { ReferenceField, useNotify, useTranslate } from 'react-admin';
import { prototypeApi } from '../providers/prototypeApi';
import { CANVAS_CONDITIONS, type PrototypeContent } from '../types';

const Field = ({ label, value }: { label: string; value: string | null }) => (
  <Stack spacing={0.5}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {value || '—'}
    </Typography>
  </Stack>
);

/**
 * A prototype's content, the draft or a frozen version, in the canvas's order: the problem,
 * the tools and how they are adapted, the life stage and the seven conditions, then what next.
 */
export const CanvasFields = ({
  content,
  prototypeId,
}: {
  content: PrototypeContent;
  prototypeId: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const label = (field: string) => translate(`resources.prototypes.fields.${field}`);
  return (
    <Stack spacing={2}>
      <Field label={label('title')} value={content.title} />
      <Field label={label('problem')} value={content.problem} />
      <Field label={label('targetPublic')} value={content.targetPublic} />
      <Stack spacing={0.5}>
        <Typography variant="caption" color="text.secondary">
          {label('civicTechs')}
        </Typography>
        {content.civicTechs.map((tool) => (
          <Typography key={tool.civicTechId} variant="body2" component="div">
            <ReferenceField
              record={tool}
              source="civicTechId"
              reference="civic-techs"
              link={false}
            />
            {' — '}
            {tool.adaptation}
          </Typography>
        ))}
      </Stack>
      <Field
        label={label('lifeStage')}
        value={content.lifeStage && translate(`apprenance.life_stages.${content.lifeStage}`)}
      />
      {CANVAS_CONDITIONS.map((condition) => (
        <Field
          key={condition}
          label={label(`conditions.${condition}`)}
          value={content.conditions[condition]}
        />
      ))}
      <Field label={label('risks')} value={content.risks} />
      <Field label={label('firstSteps')} value={content.firstSteps} />
      <Stack spacing={0.5} data-testid="attachments">
        <Typography variant="caption" color="text.secondary">
          {label('attachments')}
        </Typography>
        {content.attachments.map((attachment) => (
          <Link
            key={attachment.id}
            component="button"
            type="button"
            onClick={() =>
              prototypeApi
                .download(prototypeId, attachment)
                .catch((error: Error) => notify(error.message, { type: 'error' }))
            }
          >
            {attachment.fileName} ({Math.ceil(attachment.sizeBytes / 1024)} KiB, SHA-256{' '}
            {attachment.sha256.slice(0, 12)}…)
          </Link>
        ))}
      </Stack>
    </Stack>
  );
};
