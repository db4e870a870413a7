/**
 * The Information Sharing Protocol module: /isp (active ISP, versions, new draft, compare),
 * /isp/:id (matrix, rule panel, draft editor with live lint, endorsement, ODRL, status),
 * /isp/:id/print (print view for signature) and /isp/diff?from=&to= (readable diff).
 */
import { useRouter } from '../../app/router';
import { DiffPage } from './diff-page';
import { IspOverview } from './overview';
import { PrintView } from './print-view';
import { VersionPage } from './version-page';
import '../registry/registry.css';

export default function IspPage() {
  const { location } = useRouter();
  const [first, second] = location.pathname.split('/').filter(Boolean).slice(1);
  if (!first) return <IspOverview />;
  if (first === 'diff') {
    const params = new URLSearchParams(location.search);
    return <DiffPage from={params.get('from') ?? ''} to={params.get('to') ?? ''} />;
  }
  const id = decodeURIComponent(first);
  if (second === 'print') return <PrintView versionId={id} />;
  return <VersionPage versionId={id} />;
}
