import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { PrototypeEdit } from './PrototypeEdit';
import { PrototypeList } from './PrototypeList';
import { PrototypeShow } from './PrototypeShow';

/** Pairs edit their own; the api refuses trainers' edits, so the edit view is theirs only. */
export const staffPrototypes = { list: PrototypeList, show: PrototypeShow, icon: LightbulbIcon };

export default { ...staffPrototypes, edit: PrototypeEdit };
