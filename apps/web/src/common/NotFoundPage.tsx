import { Link } from '../app/router';

export function NotFoundPage() {
  return (
    <main className="narrow">
      <h1>页面不存在</h1>
      <p>
        这个地址没有内容。<Link href="/">去找工作</Link>
      </p>
    </main>
  );
}
