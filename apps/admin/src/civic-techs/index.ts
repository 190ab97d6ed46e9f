import HandymanIcon from '@mui/icons-material/Handyman';
import { CivicTechCreate } from './CivicTechCreate';
import { CivicTechEdit } from './CivicTechEdit';
import { CivicTechList } from './CivicTechList';
import { CivicTechShow } from './CivicTechShow';

/** Trainers read the catalogue; admins keep it. */
export const readOnlyCivicTechs = {
  list: CivicTechList,
  show: CivicTechShow,
  icon: HandymanIcon,
  recordRepresentation: 'name',
};

export default { ...readOnlyCivicTechs, create: CivicTechCreate, edit: CivicTechEdit };
