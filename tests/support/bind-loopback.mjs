// Preloaded (node --import) into the test LRS: xapi-statements listens on every interface by
// default, so a server started with only a port is made to listen on 127.0.0.1, reachable from this
// machine only.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [port] = args;
  if (typeof port === 'number' || (typeof port === 'string' && /^\d+$/.test(port))) {
    const callback = args.find((a) => typeof a === 'function');
    return listen.call(this, Number(port), '127.0.0.1', callback);
  }
  return listen.apply(this, args);
};
