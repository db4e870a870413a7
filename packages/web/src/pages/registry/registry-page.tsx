/**
 * The data management registry module: /registry (table), /registry/new (form),
 * /registry/:id (entry page) and /registry/:id/edit (form).
 */
import { useRouter } from '../../app/router';
import { EntryForm } from './entry-form';
import { EntryPage } from './entry-page';
import { RegistryList } from './registry-list';
import './registry.css';

export default function RegistryPage() {
  const { location } = useRouter();
  const parts = location.pathname.split('/').filter(Boolean).slice(1);
  const [first, second] = parts;
  if (!first) return <RegistryList />;
  if (first === 'new') return <EntryForm entryId={null} />;
  const id = decodeURIComponent(first);
  if (second === 'edit') return <EntryForm entryId={id} />;
  return <EntryPage entryId={id} />;
}
