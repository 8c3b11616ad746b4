import { render } from 'preact';

function Popup() {
  return <p>Grant Lens</p>;
}

render(<Popup />, document.getElementById('app')!);
