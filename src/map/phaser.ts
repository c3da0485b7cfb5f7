// The Phaser the game ships: Phaser 4's own modules, only the parts a 2D map draws with, bundled in place
// of the whole library (`phaser` is aliased here in vite.config.ts). Phaser's build does not tree-shake:
// whatever is imported, it is 1.4 MB, 360 kB gzip. This is Phaser's own "core" set (src/phaser-core.js:
// scenes, cameras, input, textures, tweens, timers, loader, Graphics, Image, Sprite, Text, Layer) with the
// shapes, Container, Zone, Display and Geom added; without physics, tilemaps, particles, sound, video,
// DOM elements, meshes and the other extra game objects. A Game Object factory not listed here is simply
// absent (`this.add.particles` is undefined): add its module below when the map needs it.
import type PhaserNamespace from 'phaser';
import 'phaser-src/polyfills/requestVideoFrame.js';
import CONST from 'phaser-src/const.js';
import Animations from 'phaser-src/animations/index.js';
import BlendModes from 'phaser-src/renderer/BlendModes.js';
import Cache from 'phaser-src/cache/index.js';
import Scene2D from 'phaser-src/cameras/2d/index.js';
import Core from 'phaser-src/core/index.js';
import Class from 'phaser-src/utils/Class.js';
import Data from 'phaser-src/data/index.js';
import Display from 'phaser-src/display/index.js';
import DOM from 'phaser-src/dom/index.js';
import Events from 'phaser-src/events/index.js';
import Filters from 'phaser-src/filters/index.js';
import Game from 'phaser-src/core/Game.js';
import Geom from 'phaser-src/geom/index.js';
import DisplayList from 'phaser-src/gameobjects/DisplayList.js';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator.js';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory.js';
import UpdateList from 'phaser-src/gameobjects/UpdateList.js';
import Components from 'phaser-src/gameobjects/components/index.js';
import BuildGameObject from 'phaser-src/gameobjects/BuildGameObject.js';
import BuildGameObjectAnimation from 'phaser-src/gameobjects/BuildGameObjectAnimation.js';
import GameObject from 'phaser-src/gameobjects/GameObject.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Layer from 'phaser-src/gameobjects/layer/Layer.js';
import Sprite from 'phaser-src/gameobjects/sprite/Sprite.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import Zone from 'phaser-src/gameobjects/zone/Zone.js';
import Shape from 'phaser-src/gameobjects/shape/Shape.js';
import Arc from 'phaser-src/gameobjects/shape/arc/Arc.js';
import Curve from 'phaser-src/gameobjects/shape/curve/Curve.js';
import Ellipse from 'phaser-src/gameobjects/shape/ellipse/Ellipse.js';
import Line from 'phaser-src/gameobjects/shape/line/Line.js';
import Polygon from 'phaser-src/gameobjects/shape/polygon/Polygon.js';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle.js';
import Star from 'phaser-src/gameobjects/shape/star/Star.js';
import Triangle from 'phaser-src/gameobjects/shape/triangle/Triangle.js';
// A factory registers `this.add.<name>` and a creator `this.make.<name>` when it is loaded.
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/container/ContainerCreator.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsCreator.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/image/ImageCreator.js';
import 'phaser-src/gameobjects/layer/LayerFactory.js';
import 'phaser-src/gameobjects/layer/LayerCreator.js';
import 'phaser-src/gameobjects/sprite/SpriteFactory.js';
import 'phaser-src/gameobjects/sprite/SpriteCreator.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/text/TextCreator.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import 'phaser-src/gameobjects/zone/ZoneCreator.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/shape/curve/CurveFactory.js';
import 'phaser-src/gameobjects/shape/ellipse/EllipseFactory.js';
import 'phaser-src/gameobjects/shape/line/LineFactory.js';
import 'phaser-src/gameobjects/shape/polygon/PolygonFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/star/StarFactory.js';
import 'phaser-src/gameobjects/shape/triangle/TriangleFactory.js';
import Input from 'phaser-src/input/index.js';
import LoaderPlugin from 'phaser-src/loader/LoaderPlugin.js';
import ImageFile from 'phaser-src/loader/filetypes/ImageFile.js';
import JSONFile from 'phaser-src/loader/filetypes/JSONFile.js';
import Between from 'phaser-src/math/Between.js';
import DegToRad from 'phaser-src/math/DegToRad.js';
import FloatBetween from 'phaser-src/math/FloatBetween.js';
import RadToDeg from 'phaser-src/math/RadToDeg.js';
import Vector2 from 'phaser-src/math/Vector2.js';
import Plugins from 'phaser-src/plugins/index.js';
import Renderer from 'phaser-src/renderer/index.js';
import Scale from 'phaser-src/scale/index.js';
import ScaleModes from 'phaser-src/renderer/ScaleModes.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scenes from 'phaser-src/scene/index.js';
import Structs from 'phaser-src/structs/index.js';
import Textures from 'phaser-src/textures/index.js';
import Time from 'phaser-src/time/index.js';
import TintModes from 'phaser-src/renderer/TintModes.js';
import Tweens from 'phaser-src/tweens/index.js';

const Phaser = {
  ...(CONST as object),
  Animations, BlendModes, Cache, Cameras: { Scene2D }, Core, Class, Data, Display, DOM, Events, Filters, Game, Geom,
  GameObjects: {
    DisplayList, GameObjectCreator, GameObjectFactory, UpdateList, Components, BuildGameObject, BuildGameObjectAnimation, GameObject,
    Container, Graphics, Image, Layer, Sprite, Text, Zone, Shape, Arc, Curve, Ellipse, Line, Polygon, Rectangle, Star, Triangle,
  },
  Input,
  Loader: { LoaderPlugin, FileTypes: { ImageFile, JSONFile } },
  Math: { Between, DegToRad, FloatBetween, RadToDeg, Vector2 },
  Plugins, Renderer, Scale, ScaleModes, Scene, Scenes, Structs, Textures, Time, TintModes, Tweens,
} as unknown as typeof PhaserNamespace;

export default Phaser;
