import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useProcessT } from './messages';
import { processPath } from './paths';

/** The door from a procedure's catalogue page to the time of each of its steps. */
export function ProcessLink({ code }: { code: string }) {
  const pt = useProcessT();
  return (
    <Button component={Link} to={processPath(code)} variant="default">
      {pt('pr.link')}
    </Button>
  );
}
