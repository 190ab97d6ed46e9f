import { SaveButton, Toolbar } from 'react-admin';

/** A form toolbar without the delete button, for records the api does not delete (or not for this role). */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
