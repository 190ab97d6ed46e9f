import PlaceIcon from '@mui/icons-material/Place';
import { TerritoryCreate } from './TerritoryCreate';
import { TerritoryEdit } from './TerritoryEdit';
import { TerritoryList } from './TerritoryList';
import { TerritoryShow } from './TerritoryShow';

/** What a trainer gets: territories can be read, not changed. */
export const readOnlyTerritories = {
  list: TerritoryList,
  show: TerritoryShow,
  icon: PlaceIcon,
  recordRepresentation: 'name',
};

export default { ...readOnlyTerritories, create: TerritoryCreate, edit: TerritoryEdit };
