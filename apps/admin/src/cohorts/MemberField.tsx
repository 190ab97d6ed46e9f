import { Typography } from '@mui/material';
import type { PairMember } from '../types';

/** A pair member: name, then position and (for trainers and admins) email. */
export const MemberField = ({ member }: { member: PairMember }) => (
  <>
    <Typography variant="body2">{member.displayName}</Typography>
    <Typography variant="caption" color="text.secondary">
      {[member.position, member.email].filter(Boolean).join(' · ')}
    </Typography>
  </>
);
